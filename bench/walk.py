"""Walks every user of a tenant page by page, as an IdP's import does, by cursor (RFC 9865).

Usage: walk.py <SCIM base URL> <API key>. Prints the pages, users and seconds taken, and the
slowest page, on one line.
"""
import http.client
import json
import sys
import time
import urllib.parse


def main(base, token):
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port)
    headers = {"Authorization": "Bearer " + token}
    cursor, pages, users, slowest = "", 0, 0, 0.0
    ids = set()
    start = time.monotonic()
    while cursor is not None:
        page_start = time.monotonic()
        query = urllib.parse.urlencode({"cursor": cursor, "count": 100})
        connection.request("GET", url.path + "/Users?" + query, headers=headers)
        response = connection.getresponse()
        body = json.loads(response.read())
        if response.status != 200:
            raise SystemExit("page %d: HTTP %d %s" % (pages + 1, response.status, body))
        slowest = max(slowest, time.monotonic() - page_start)
        pages += 1
        users += len(body["Resources"])
        ids.update(resource["id"] for resource in body["Resources"])
        cursor = body.get("nextCursor")
    seconds = time.monotonic() - start
    print("pages %d users %d distinct %d seconds %.1f slowest_page_ms %.0f"
          % (pages, users, len(ids), seconds, slowest * 1000))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
