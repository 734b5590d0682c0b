const BASE = 'https://api.mypurecloud.com';
const LAUNCH_URL = new URL('/api/v2/flows/executions', BASE);

export async function launch(token, flowId) {
  const res = await fetch(LAUNCH_URL, { // LAUNCH
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId }),
  });
  return res.json();
}
