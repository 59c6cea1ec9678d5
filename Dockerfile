# The Seatkeeper image: the official Open Liberty image with this server's configuration, its
# JDBC driver(s) and the WAR. Build the application on the host first, then the image:
#
#   mvn -B package liberty:create -DskipTests
#   docker build -t seatkeeper:0.1.0 .
#
# liberty:create copies the JDBC driver(s) that the pom names into the seatkeeper server's
# lib/jdbc folder; they are copied from there so that the image takes whatever drivers the
# build does. The tag pins the Open Liberty release that the pom's runtime and the tests use.
ARG OPEN_LIBERTY_TAG=26.0.0.3-kernel-slim-java17-openj9-ubi
FROM icr.io/appcafe/open-liberty:${OPEN_LIBERTY_TAG}

# server.xml (and any other file of the server's configuration folder).
COPY --chown=1001:0 src/main/liberty/config/ /config/

# kernel-slim carries no features: this installs the ones server.xml names.
RUN features.sh

# server.xml's library reads ${server.config.dir}/lib/jdbc; /config is that folder.
COPY --chown=1001:0 target/liberty/wlp/usr/servers/seatkeeper/lib/jdbc/ /config/lib/jdbc/

# server.xml's webApplication location is relative to /config/apps.
COPY --chown=1001:0 target/seatkeeper.war /config/apps/seatkeeper.war

# configure.sh starts the server a few times to fill OpenJ9's class cache, so the application
# runs during the build: the database and the operator token it made then must not ship.
# /output is the server's output folder.
RUN configure.sh && rm -rf /output/data /output/admin-token.txt
