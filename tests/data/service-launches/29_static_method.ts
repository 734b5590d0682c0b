export class Flows {
  static readonly url = 'https://api.mypurecloud.com/api/v2/flows/executions';

  static async launch(token: string, flowId: string): Promise<string> {
    const r = await fetch(Flows.url, { // LAUNCH
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ flowId }),
    });
    return (await r.json()).id;
  }
}
