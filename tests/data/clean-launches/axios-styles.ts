import axios, { AxiosInstance } from 'axios';

const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';

interface LaunchBody { flowId: string; flowVersion?: string; name?: string; inputData?: Record<string, unknown> }

export class GenesysFlows {
  private readonly http: AxiosInstance;

  constructor(token: string) {
    this.http = axios.create({ baseURL: 'https://api.mypurecloud.ie', headers: { Authorization: `Bearer ${token}` } });
  }

  async launch(customerId: string): Promise<string> {
    const body: LaunchBody = { flowId: FLOW_ID, inputData: { 'Flow.customerId': customerId } };
    const { data } = await this.http.post<{ id: string }>('/api/v2/flows/executions', body);
    return data.id;
  }
}

const api = axios.create({ baseURL: 'https://api.mypurecloud.de' });

export const launchDe = (name: string) => api.post('/api/v2/flows/executions', { flowId: FLOW_ID, name });

export async function configStyle(token: string) {
  return axios({
    method: 'post',
    url: 'https://api.usw2.pure.cloud/api/v2/flows/executions',
    headers: { Authorization: `Bearer ${token}` },
    data: { flowId: FLOW_ID, flowVersion: '12.0', inputData: { 'Flow.priority': 'high' } },
  });
}

export async function direct() {
  await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', { flowId: FLOW_ID });
}
