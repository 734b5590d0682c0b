import React from 'react';
import axios from 'axios';

const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';

export function LaunchButton({ orderId }: { orderId: string }) {
  const onClick = async () => {
    await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', { flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } });
  };
  return <button onClick={onClick}>Launch</button>;
}

export function RetryButton() {
  return <button onClick={() => fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: FLOW_ID }) })}>Retry</button>;
}
