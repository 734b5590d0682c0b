import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
session = requests.Session()
session.headers.update({"Authorization": "Bearer " + open("/run/secrets/token").read().strip()})
LAUNCH_URL = "https://api.usw2.pure.cloud/api/v2/flows/executions"


@app.route("/survey", methods=["POST"])
def survey():
    data = request.get_json()
    payload = {
        "flowId": data["flow"],
        "inputData": {"Flow.score": data["score"]},
    }
    if data.get("version"):
        payload["flowVersion"] = data["version"]
    resp = session.post(LAUNCH_URL, json=payload, timeout=5)  # LAUNCH
    return jsonify(resp.json()), resp.status_code
