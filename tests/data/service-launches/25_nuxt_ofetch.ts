export default defineEventHandler(async (event) => {
  const { flowId, inputs } = await readBody(event);
  const config = useRuntimeConfig();
  return await $fetch('https://api.mypurecloud.com/api/v2/flows/executions', { // LAUNCH
    method: 'POST',
    headers: { Authorization: `Bearer ${config.genesysToken}` },
    body: { flowId, inputData: inputs },
  });
});
