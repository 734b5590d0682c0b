const defaults = { headers: { 'Content-Type': 'application/json' } };

export async function launch(token, flowId) {
  const body = JSON.stringify({ flowId, inputData: { 'Flow.x': '1' } });
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', { ...defaults, method: 'POST', body }); // LAUNCH
}
