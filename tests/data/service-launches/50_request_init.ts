const headers = { 'Content-Type': 'application/json' };

export async function launch(token: string, flowId: string, orderId: string) {
  const payload = { flowId, inputData: { 'Flow.orderId': orderId } };
  const init: RequestInit = { method: 'POST', headers, body: JSON.stringify(payload) };
  const res = await fetch('https://api.mypurecloud.com/api/v2/flows/executions', init); // LAUNCH
  return res.json();
}
