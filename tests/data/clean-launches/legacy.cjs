'use strict';

const axios = require('axios');
const request = require('request');

var FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';
var URL = 'https://api.mypurecloud.com/api/v2/flows/executions';

function launchCallback(token, callback) {
  request.post({ url: URL, json: { flowId: FLOW_ID }, headers: { Authorization: 'Bearer ' + token } }, callback);
}

function launchPromise(token) {
  return axios.post(URL, { flowId: FLOW_ID, name: 'legacy' }, { headers: { Authorization: 'Bearer ' + token } })
    .then(function (res) { return res.data; });
}

function launchAxiosRequest() {
  return axios.request({ url: URL, method: 'POST', data: { flowId: FLOW_ID, flowVersion: '1.0' } });
}

function launchWithOptions(orderId) {
  var options = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } })
  };
  return fetch(URL, options);
}

function launchBuiltUp(inputs) {
  var body = {};
  body.flowId = FLOW_ID;
  return axios.post(URL, Object.assign(body, { inputData: inputs }));
}

function launchJsonString() {
  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"}' });
}

module.exports = { launchCallback, launchPromise, launchAxiosRequest, launchWithOptions, launchBuiltUp, launchJsonString };
