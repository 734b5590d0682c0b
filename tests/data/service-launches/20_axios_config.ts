import axios, { AxiosRequestConfig } from 'axios';

export async function launchFlow(token: string, flowId: string, orderId: string): Promise<string> {
  const config: AxiosRequestConfig = {
    method: 'post',
    url: 'https://api.mypurecloud.com/api/v2/flows/executions',
    headers: { Authorization: `Bearer ${token}` },
    data: { flowId, inputData: { 'Flow.orderId': orderId } },
  };
  const response = await axios(config); // LAUNCH
  return response.data.id;
}
