import axios from 'axios';

export function launch(token, flowId, inputs) {
  return axios
    .post('https://api.mypurecloud.com/api/v2/flows/executions', { flowId, inputData: inputs }, { headers: { Authorization: `Bearer ${token}` } }) // LAUNCH
    .then((r) => r.data.id)
    .catch((e) => { console.error(e.response && e.response.data); throw e; });
}
