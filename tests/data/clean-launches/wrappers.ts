const BASE = 'https://api.mypurecloud.com';
const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';

async function postJson<T>(path: string, body: unknown, token: string): Promise<T> {
  const response = await fetch(BASE + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`launch failed: ${response.status}`);
  return (await response.json()) as T;
}

function buildLaunch(orderId: string) {
  return { flowId: FLOW_ID, name: `follow-up ${orderId}`, inputData: { 'Flow.orderId': orderId } };
}

const toBody = (caseId: string) => ({ flowId: FLOW_ID, inputData: { 'Flow.caseId': caseId } });

export async function followUp(orderId: string, token: string) {
  return postJson('/api/v2/flows/executions', buildLaunch(orderId), token);
}

export async function escalate(caseId: string, token: string) {
  return postJson('/api/v2/flows/executions', toBody(caseId), token);
}

export async function nudge(token: string) {
  return postJson('/api/v2/flows/executions', { flowId: FLOW_ID }, token);
}
