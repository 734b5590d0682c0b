const https = require('https');

exports.handler = async (event) => {
  const payload = JSON.stringify({ flowId: process.env.FLOW_ID, inputData: { 'Flow.caseId': event.caseId } });
  return new Promise((resolve, reject) => {
    const req = https.request({ // LAUNCH
      hostname: 'api.mypurecloud.com',
      path: '/api/v2/flows/executions',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.TOKEN}` },
    }, (res) => { let d = ''; res.on('data', (c) => (d += c)); res.on('end', () => resolve(JSON.parse(d))); });
    req.on('error', reject);
    req.write(payload);
    req.end();
  });
};
