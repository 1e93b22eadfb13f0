package app.criba.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests signed in as the {@link TestRows#owner()} user, the way a browser sends them from a form page. */
public final class FormRequests {

    private FormRequests() {
    }

    public static MockHttpServletRequestBuilder open(String url, Object... uriVariables) {
        return MockMvcRequestBuilders.get(url, uriVariables).with(user(TestRows.USER_EMAIL));
    }

    public static MockHttpServletRequestBuilder submit(String url, Object... uriVariables) {
        return MockMvcRequestBuilders.post(url, uriVariables).with(user(TestRows.USER_EMAIL)).with(csrf());
    }

    /** Posts the fields, one value each, in the order given. */
    public static MockHttpServletRequestBuilder submit(Map<String, String> fields, String url, Object... uriVariables) {
        MockHttpServletRequestBuilder request = submit(url, uriVariables);
        fields.forEach(request::param);
        return request;
    }

    /** Returns a copy of the fields with some values replaced or added, given as name, value, name, value. */
    public static Map<String, String> with(Map<String, String> fields, String... namesAndValues) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            copy.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return copy;
    }
}
