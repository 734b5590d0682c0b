import { getToken } from './auth';

const API_BASE = process.env.GENESYS_API ?? 'https://api.mypurecloud.com';

interface LaunchBody {
  flowId: string;
  inputData?: Record<string, string>;
}

async function genesysPost<T>(path: string, payload: unknown): Promise<T> {
  const res = await fetch(`${API_BASE}/api/v2${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await getToken()}` },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`Genesys ${res.status}`);
  return res.json() as Promise<T>;
}

export async function startOrderFlow(orderId: string): Promise<string> {
  const body: LaunchBody = { flowId: '6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d', inputData: { 'Flow.orderId': orderId } };
  const { id } = await genesysPost<{ id: string }>('/flows/executions', body); // LAUNCH
  return id;
}
