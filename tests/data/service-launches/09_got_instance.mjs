import got from 'got';

const genesys = got.extend({
  prefixUrl: 'https://api.mypurecloud.com/api/v2',
  headers: { authorization: `Bearer ${process.env.TOKEN}` },
  responseType: 'json',
});

export const launch = async (flowId, inputs) => {
  const { body } = await genesys.post('flows/executions', { json: { flowId, inputData: inputs } }); // LAUNCH
  return body.id;
};
