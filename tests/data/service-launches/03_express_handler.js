import express from 'express';
import fetch from 'node-fetch';

const app = express();
app.use(express.json());

const GENESYS = 'https://api.mypurecloud.ie/api/v2/flows/executions';

app.post('/webhooks/order', async (req, res) => {
  const { orderId, customer } = req.body;
  const response = await fetch(GENESYS, { // LAUNCH
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      flowId: process.env.FLOW_ID,
      inputData: { 'Flow.orderId': orderId, 'Flow.customerName': customer.name },
    }),
  });
  res.status(response.status).json(await response.json());
});

app.listen(3000);
