const FLOW_ID = '00000000-0000-4000-8000-000000000000';
await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    configuration: {
      flowId: FLOW_ID,
      region: 'eu',
      parameters: {
        amount: 1e3,
      },
    },
  }),
});
