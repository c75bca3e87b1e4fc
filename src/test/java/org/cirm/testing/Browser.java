package org.cirm.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that keeps cookies and does not follow redirects, to walk through the
 * officer pages and the Camunda webapps the way a browser session does.
 */
public final class Browser {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	public Browser(int port) {
		this(port, new CookieManager());
	}

	private Browser(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The same browser, with the same cookies, talking to another node. */
	public Browser onPort(int port) {
		return new Browser(port, this.cookies);
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).headers(withAcceptHtml(headers)).GET());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A JSON POST to a webapp API, with the CSRF header the Camunda webapps send. */
	public HttpResponse<String> postToWebappApi(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A JSON POST to our officer API, with the CSRF token our pages carry. */
	public HttpResponse<String> postJson(String path, String json) {
		return sendJson("POST", path, json);
	}

	/** A JSON PUT to our officer API, with the CSRF token our pages carry. */
	public HttpResponse<String> putJson(String path, String json) {
		return sendJson("PUT", path, json);
	}

	private HttpResponse<String> sendJson(String method, String path, String json) {
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get("/officer").body());
		if (!token.find()) {
			throw new AssertionError("The officer page carries no CSRF token");
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", token.group(1))
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Opens a page with a form and returns its hidden fields (the CSRF token among them),
	 * as a browser would send them back.
	 */
	public Map<String, String> hiddenFieldsOf(String path) {
		Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
			.matcher(get(path).body());
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2));
		}
		return fields;
	}

	/** Logs in through the login page, with the CSRF token the page carries. */
	public HttpResponse<String> login(String user, String password) {
		Matcher token = CSRF_FIELD.matcher(get("/login").body());
		if (!token.find()) {
			throw new AssertionError("The login page carries no CSRF token");
		}
		return postForm("/login", Map.of("username", user, "password", password, "_csrf", token.group(1)));
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private static String[] withAcceptHtml(String... headers) {
		return headers.length > 0 ? headers : new String[] { "Accept", "text/html" };
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
