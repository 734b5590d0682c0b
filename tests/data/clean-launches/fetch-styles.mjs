// Launches with fetch, as different teams write them.
const API = 'https://api.mypurecloud.com/api/v2/flows/executions';
const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';

export async function plain(token) {
  const res = await fetch(API, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.orderId': '1042' } }),
  });
  return res.json();
}

export async function shorthand(token, orderId) {
  const method = 'POST';
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const body = JSON.stringify({ flowId: FLOW_ID, name: `order ${orderId}`, inputData: { 'Flow.orderId': orderId } });
  return fetch(API, { method, headers, body });
}

export const arrow = (token, inputs) => fetch(API, {
  method: 'post',
  headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer ' + token }),
  body: JSON.stringify({ flowId: FLOW_ID, flowVersion: '3.0', inputData: inputs }),
});

export async function withVersion(token, version) {
  const payload = { flowId: FLOW_ID, inputData: {} };
  if (version) payload.flowVersion = version;
  return fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: token }, body: JSON.stringify(payload) });
}

export async function templated(token, id) {
  return fetch(`${process.env.GENESYS_API}/api/v2/flows/executions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: `{"flowId": "${id}", "inputData": {"Flow.orderId": "${token}"}}`,
  });
}
