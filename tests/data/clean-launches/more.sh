#!/bin/sh
BODY='{"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84", "name": "from a variable"}'
curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H "Content-Type: application/json" -H "Authorization: Bearer $TOKEN" -d "$BODY"
curl https://api.mypurecloud.com/api/v2/flows/executions --json @launch-body.json
curl -fsS -XPOST 'https://api.cac1.pure.cloud/api/v2/flows/executions' -H 'content-type: application/json' --data '{"flowId":"5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84","inputData":{"Flow.n":1}}'
