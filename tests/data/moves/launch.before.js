const FLOW_ID = '00000000-0000-4000-8000-000000000000';
const region = process.env.REGION;
await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    flowId: FLOW_ID,
    'Flow.region': region,
    inputData: {
      'Flow.amount': 1e3, // cents
      'Flow.list': [
        0x1F,
        2,
      ],
    },
  }),
});
