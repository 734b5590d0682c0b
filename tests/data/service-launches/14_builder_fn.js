const axios = require('axios');

function buildLaunch(order) {
  return {
    flowId: order.flowId,
    inputData: {
      'Flow.orderId': order.id,
      'Flow.total': String(order.total),
    },
    name: `order-${order.id}`,
  };
}

async function onOrderCreated(order, token) {
  await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', buildLaunch(order), { // LAUNCH
    headers: { Authorization: `Bearer ${token}` },
  });
}

module.exports = { onOrderCreated };
