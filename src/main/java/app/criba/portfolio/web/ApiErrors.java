package app.criba.portfolio.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;

/** The API's error bodies: a stable error code and the parameter at fault. */
final class ApiErrors {

    private ApiErrors() {
    }

    static ResponseEntity<Map<String, String>> invalidParameter(String parameter) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_parameter", "parameter", parameter));
    }
}
