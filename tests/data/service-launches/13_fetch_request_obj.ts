export class FlowApi {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async launch(flowId: string, inputs: Record<string, string>): Promise<string> {
    const request = new Request(`${this.baseUrl}/api/v2/flows/executions`, { // LAUNCH
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ flowId, inputData: inputs }),
    });
    const response = await fetch(request);
    return (await response.json()).id;
  }
}
