import fetch, { RequestInit } from 'node-fetch';

const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';
const LAUNCH_URL = `https://api.${process.env.GENESYS_DOMAIN ?? 'mypurecloud.com'}/api/v2/flows/executions`;

type Inputs = Record<string, string | number | boolean>;

export default class Launcher {
  constructor(private readonly token: string) {}

  private headers() {
    return { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` };
  }

  async one(inputs: Inputs) {
    return fetch(LAUNCH_URL, { method: 'POST', headers: this.headers(), body: JSON.stringify({ flowId: FLOW_ID, inputData: inputs }) });
  }

  async withRetry(name: string, attempts = 3) {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const res = await fetch(LAUNCH_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ flowId: FLOW_ID, name: `${name} (try ${attempt})` }),
      });
      if (res.status !== 429) return res;
    }
    throw new Error('rate limited');
  }

  async withTimeout(signal: AbortSignal) {
    const init: RequestInit = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ flowId: FLOW_ID, flowVersion: '7.0' }),
    };
    return fetch(LAUNCH_URL, { ...init, signal });
  }

  async many(orderIds: string[]) {
    return Promise.all(orderIds.map((orderId) => fetch(LAUNCH_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } }),
    })));
  }
}

export const launchOnce = async (): Promise<void> => {
  await fetch('https://api.mypurecloud.jp/api/v2/flows/executions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.flag': true, 'Flow.count': 3 } }),
  });
};

(async () => {
  const body = { flowId: FLOW_ID, name: 'startup' } as const;
  await fetch(LAUNCH_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
})();
