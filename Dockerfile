# Build with the Maven wrapper on a JDK 21 image, build the index into the image, and run on a Java 21 runtime made
# with jlink (jdk.incubator.vector included, for Lucene's vector search) as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests
COPY corpus corpus
# The index is built here, once: containers start warm and replicas never re-embed the corpus.
RUN java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dciteqa.build-index-and-exit=true \
      -Dciteqa.corpus.dir=/src/corpus -Dciteqa.index.dir=/src/data/index -jar target/quarkus-app/quarkus-run.jar
# Exactly the modules the service uses; checked by running the service on a runtime jlinked with this same command.
RUN jlink --add-modules java.se,jdk.unsupported,jdk.incubator.vector,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.localedata,jdk.jfr \
      --strip-debug --no-man-pages --no-header-files --output /opt/java \
 && /opt/java/bin/java --list-modules | grep -q '^jdk.incubator.vector@'

FROM ubuntu:24.04
RUN useradd --system --uid 1001 --home-dir /app citeqa
COPY --from=build /opt/java /opt/java
WORKDIR /app
COPY --from=build --chown=citeqa /src/target/quarkus-app/ ./
COPY --chown=citeqa corpus corpus
# The index, and the model and WordNet files the build run copied out of their jars (so a start maps them at once).
COPY --from=build --chown=citeqa /src/data data
USER citeqa
EXPOSE 8080
ENV PATH=/opt/java/bin:$PATH \
    JAVA_OPTS_APPEND="-XX:+UseSerialGC -Xms128m -Xmn96m -XX:MaxTenuringThreshold=2 --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED" \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    CITEQA_CORPUS_DIR=/app/corpus \
    CITEQA_INDEX_DIR=/app/data/index
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar quarkus-run.jar"]
