const BASE = 'https://api.mypurecloud.com/api/v2';

async function call(path, { method = 'GET', body, token } = {}) {
  const res = await fetch(BASE + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body && JSON.stringify(body),
  });
  return res.json();
}

export const launch = (token, flowId) => call('/flows/executions', { method: 'POST', token, body: { flowId, inputData: {} } }); // LAUNCH
