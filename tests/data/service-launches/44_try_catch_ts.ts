import axios, { AxiosError } from 'axios';

const LAUNCH = 'https://api.mypurecloud.com/api/v2/flows/executions';

export async function safeLaunch(token: string, flowId: string, inputs: Record<string, string>) {
  try {
    const response = await axios.post(LAUNCH, { flowId, inputData: inputs }, { headers: { Authorization: `Bearer ${token}` } }); // LAUNCH
    return response.data;
  } catch (e) {
    const err = e as AxiosError;
    throw new Error(`launch failed: ${err.response?.status}`);
  }
}
