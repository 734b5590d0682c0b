type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class GenesysApi {
  constructor(private readonly host: string, private readonly getToken: () => Promise<string>) {}

  private async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`https://${this.host}/api/v2${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await this.getToken()}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as T;
  }

  launchFlow(flowId: string, inputData: Record<string, string>) {
    return this.request<{ id: string }>('POST', '/flows/executions', { flowId, inputData }); // LAUNCH
  }
}
