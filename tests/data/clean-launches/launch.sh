#!/usr/bin/env bash
set -euo pipefail
FLOW_ID=5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84

curl -sS -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \
  -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"flowId\": \"$FLOW_ID\"}"

curl --json '{"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84", "name": "json flag"}' \
  -H "Authorization: Bearer ${TOKEN}" https://api.mypurecloud.com/api/v2/flows/executions

curl -s https://api.mypurecloud.de/api/v2/flows/executions \
  --header 'content-type: application/json' \
  --data-raw '{"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84", "inputData": {"Flow.orderId": "'"$ORDER"'"}}'

curl -X POST --url https://api.mypurecloud.com/api/v2/flows/executions --oauth2-bearer "$TOKEN" \
  -H 'Content-Type: application/json' --data-binary '{"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84", "flowVersion": "5.0"}'
