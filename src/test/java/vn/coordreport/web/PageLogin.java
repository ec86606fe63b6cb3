package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A session signed in through the login page, as a person signs in: the form's CSRF token, then the POST. */
final class PageLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private PageLogin() {
    }

    static MockHttpSession signedIn(MockMvc mvc, String username, String password) throws Exception {
        MockHttpSession s = new MockHttpSession();
        String login = mvc.perform(get("/login").session(s)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        var answer = mvc.perform(post("/login").session(s).param("username", username).param("password", password)
                .param("_csrf", csrf.group(1))).andReturn();
        assertThat(answer.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) answer.getRequest().getSession();
    }
}
