import got from 'got';
import ky from 'ky';
import superagent from 'superagent';
import { request } from 'undici';
const rp = require('request-promise-native');

const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';
const URL = 'https://api.mypurecloud.com/api/v2/flows/executions';

export const viaGot = (token) => got.post(URL, { json: { flowId: FLOW_ID }, headers: { authorization: `Bearer ${token}` } }).json();

const genesys = got.extend({ prefixUrl: 'https://api.mypurecloud.com/api/v2', responseType: 'json' });
export const viaGotInstance = (orderId) => genesys.post('flows/executions', { json: { flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } } });

const client = ky.create({ prefixUrl: 'https://api.mypurecloud.com/api/v2/' });
export const viaKy = (name) => client.post('flows/executions', { json: { flowId: FLOW_ID, name } }).json();

export async function viaSuperagent(token) {
  const res = await superagent.post(URL).set('Authorization', `Bearer ${token}`).send({ flowId: FLOW_ID });
  return res.body;
}

export async function viaUndici(token) {
  const { body } = await request(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.source': 'undici' } }),
  });
  return body.json();
}

export function viaRequestPromise(token) {
  return rp({ method: 'POST', uri: URL, headers: { Authorization: `Bearer ${token}` }, body: { flowId: FLOW_ID }, json: true });
}

export function viaRequestJson(token) {
  return rp.post(URL, { json: { flowId: FLOW_ID, flowVersion: '2.0' }, auth: { bearer: token } });
}
