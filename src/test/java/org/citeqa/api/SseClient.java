package org.citeqa.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** Posts to a server-sent-events endpoint and reads the whole stream into named events. */
public final class SseClient {

    public record Event(String name, String data) {
        public JsonPath json() {
            return JsonPath.from(data);
        }
    }

    private SseClient() {
    }

    public static List<Event> post(String path, Object body) {
        String text = given().contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .when().post(path)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"))
                .extract().asString();
        List<Event> events = new ArrayList<>();
        for (String block : text.split("\\r?\\n\\r?\\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).replaceFirst("^ ", ""));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, data.toString()));
            }
        }
        return events;
    }

    public static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }
}
