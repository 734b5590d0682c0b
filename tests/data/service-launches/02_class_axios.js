'use strict';
const axios = require('axios');

class GenesysClient {
  constructor({ region = 'mypurecloud.com', token }) {
    this.api = axios.create({
      baseURL: `https://api.${region}/api/v2`,
      headers: { Authorization: `Bearer ${token}` },
      timeout: 10000,
    });
  }

  async launchFlow(flowId, inputs = {}) {
    const payload = { flowId, inputData: inputs };
    const res = await this.api.post('/flows/executions', payload); // LAUNCH
    return res.data;
  }
}

module.exports = { GenesysClient };
