const { post } = require('axios');

module.exports.launch = async function (token, flowId) {
  const res = await post('https://api.mypurecloud.com/api/v2/flows/executions', { flowId }, { headers: { Authorization: token } }); // LAUNCH
  return res.data.id;
};
