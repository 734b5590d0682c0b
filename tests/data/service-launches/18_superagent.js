const request = require('superagent');

exports.launch = (token, flowId) =>
  request
    .post('https://api.mypurecloud.com/api/v2/flows/executions') // LAUNCH
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'application/json')
    .send({ flowId, inputData: { 'Flow.channel': 'web' } })
    .then((res) => res.body.id);
