package org.cxspec.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The page and everything it loads, all from the classpath: the studio's own files, and the
 * CodeMirror packages that mvnpm publishes on Maven Central as jars. Which packages (and versions)
 * there are is read from the list Maven wrote at build time from this module's dependencies, so
 * the browser's import map always matches the jars that were packaged.
 */
final class WebAssets {

	private static final String OWN = "org/cxspec/studio/web/";
	private static final String LIBRARIES = "org/cxspec/studio/web-libraries.txt";
	private static final String STATIC = "META-INF/resources/_static/";
	private static final Pattern LIBRARY = Pattern.compile("(org\\.mvnpm(?:\\.at\\.[\\w-]+)?):([\\w.-]+):jar:([\\w.+-]+)");
	private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

	private final String importMap;
	private final String page;

	WebAssets(StudioLabels labels) {
		importMap = importMap();
		page = labels.fill(text(OWN + "index.html").replace("{{importmap}}", importMap));
	}

	/** The page in the reader's language, with the import map inline (browsers take import maps only inline). */
	String page() {
		return page;
	}

	/** The CSP source that lets exactly the inline import map run, and nothing else inline. */
	String importMapHash() {
		return "'sha256-" + sha256(importMap) + "'";
	}

	/** A file of the studio ("/app/...") or of a library ("/lib/..."), or null when there is none. */
	byte[] file(String path) {
		String resource;
		if (path.startsWith("/app/")) {
			resource = OWN + path.substring(5);
		} else if (path.startsWith("/lib/")) {
			resource = STATIC + path.substring(5);
		} else {
			return null;
		}
		String rest = path.substring(5);
		if (!SAFE_PATH.matcher(rest).matches() || rest.contains("..") || !(rest.endsWith(".js") || rest.endsWith(".css") || rest.endsWith(".json"))) {
			return null;
		}
		try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
			return in == null ? null : in.readAllBytes();
		} catch (IOException unreadable) {
			return null;
		}
	}

	static String contentType(String path) {
		return path.endsWith(".css") ? "text/css; charset=utf-8"
				: path.endsWith(".json") ? "application/json; charset=utf-8" : "text/javascript; charset=utf-8";
	}

	private static String importMap() {
		Map<String, String> imports = new TreeMap<>();
		Matcher matcher = LIBRARY.matcher(text(LIBRARIES));
		while (matcher.find()) {
			String group = matcher.group(1);
			String name = matcher.group(2);
			String version = matcher.group(3);
			String scope = group.equals("org.mvnpm") ? "" : group.substring("org.mvnpm.at.".length());
			// mvnpm puts most scoped packages under at/<scope>/, some under the bare name.
			String folder = (scope.isEmpty() ? "" : "at/" + scope + "/") + name + "/" + version + "/";
			if (WebAssets.class.getClassLoader().getResource(STATIC + folder + "package.json") == null) {
				folder = name + "/" + version + "/";
			}
			JsonObject packageJson = JsonParser.parseString(text(STATIC + folder + "package.json")).getAsJsonObject();
			imports.put(packageJson.get("name").getAsString(), "/lib/" + folder + entry(packageJson));
		}
		JsonObject map = new JsonObject();
		JsonObject entries = new JsonObject();
		imports.forEach(entries::addProperty);
		map.add("imports", entries);
		return map.toString();
	}

	/** The ES module a package's package.json names for browsers. */
	private static String entry(JsonObject json) {
		if (json.has("module")) {
			return strip(json.get("module").getAsString());
		}
		JsonElement exports = json.get("exports");
		if (exports != null && exports.isJsonObject() && exports.getAsJsonObject().has(".")) {
			exports = exports.getAsJsonObject().get(".");
		}
		if (exports != null && exports.isJsonObject() && exports.getAsJsonObject().has("import")) {
			JsonElement imported = exports.getAsJsonObject().get("import");
			return strip(imported.isJsonPrimitive() ? imported.getAsString() : imported.getAsJsonObject().get("default").getAsString());
		}
		return strip(json.get("main").getAsString());
	}

	private static String strip(String path) {
		return path.startsWith("./") ? path.substring(2) : path;
	}

	private static String text(String resource) {
		try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the studio's jar; rebuild cxspec");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static String sha256(String text) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}
}
