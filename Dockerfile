# Build with the Maven wrapper on a JDK 21 image, run on a JRE 21 image as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 1001 --home-dir /app citeqa
WORKDIR /app
COPY --from=build --chown=citeqa /src/target/quarkus-app/ ./
COPY --chown=citeqa corpus corpus
RUN mkdir -p data && chown citeqa data
USER citeqa
EXPOSE 8080
ENV JAVA_OPTS_APPEND="--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED" \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    CITEQA_CORPUS_DIR=/app/corpus \
    CITEQA_INDEX_DIR=/app/data/index
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar quarkus-run.jar"]
