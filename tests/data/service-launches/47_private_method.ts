export class Genesys {
  #token: string;
  constructor(token: string) { this.#token = token; }

  async #post(path: string, body: object) {
    const r = await fetch('https://api.mypurecloud.com/api/v2' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.#token}` },
      body: JSON.stringify(body),
    });
    return r.json();
  }

  launch(flowId: string) {
    return this.#post('/flows/executions', { flowId }); // LAUNCH
  }
}
