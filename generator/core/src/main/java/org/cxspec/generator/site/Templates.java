package org.cxspec.generator.site;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * The Velocity sandbox every template runs in, shipped or custom: the secure introspector (no
 * reflection, no getClass, no System), strict references, bounded loops and nesting, no
 * {@code #evaluate}. A custom templates folder is searched first, then the shipped templates.
 */
public final class Templates {

	static final String SHIPPED = "org/cxspec/generator/templates/";
	/** Far above the largest real spec (loops run once per touchpoint, value, finding...). */
	static final int MAX_LOOPS = 1_000_000;

	private final VelocityEngine engine;
	private final Path customFolder;

	/** @param customFolder a folder of templates that replace shipped ones of the same name, or null */
	public Templates(Path customFolder) {
		this.customFolder = customFolder;
		Properties settings = new Properties();
		settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, customFolder == null ? "class" : "file,class");
		settings.setProperty("resource.loader.class.class", ShippedTemplates.class.getName());
		settings.setProperty("resource.loader.class.cache", "true");
		if (customFolder != null) {
			settings.setProperty("resource.loader.file.class", CustomTemplates.class.getName());
			settings.setProperty("resource.loader.file.path", customFolder.toAbsolutePath().toString());
			settings.setProperty("resource.loader.file.cache", "true");
		}
		settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, Introspection.class.getName());
		settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
		settings.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(MAX_LOOPS));
		settings.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "8");
		settings.setProperty(RuntimeConstants.VM_MAX_DEPTH, "16");
		settings.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, NoEvaluate.class.getName());
		settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
		settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
		engine = new VelocityEngine(settings);
		engine.init();
	}

	/** Checks that the custom folder exists, so a typo in --templates is a clear message. */
	public static void checkFolder(Path folder) {
		if (folder != null && !Files.isDirectory(folder)) {
			throw new TemplateProblem(folder + ": no such templates folder", null);
		}
	}

	/** Renders one template (by name, e.g. "playbook.html.vm"), escaping every insertion for the output's format. */
	public String render(String name, Map<String, Object> variables, Escaping escaping) {
		try {
			Template template = engine.getTemplate(name, "UTF-8");
			VelocityContext context = new VelocityContext();
			variables.forEach(context::put);
			EventCartridge events = new EventCartridge();
			events.addEventHandler(escaping);
			events.attachToContext(context);
			StringWriter out = new StringWriter();
			template.merge(context, out);
			return out.toString();
		} catch (ParseErrorException problem) {
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (TemplateInitException problem) {
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (MethodInvocationException problem) {
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (ResourceNotFoundException problem) {
			throw new TemplateProblem(firstLine(problem), problem);
		} catch (VelocityException problem) {
			throw new TemplateProblem(name + ": " + firstLine(problem), problem);
		}
	}

	private TemplateProblem problem(String template, int line, int column, Exception cause) {
		String where = template == null ? "template" : shown(template);
		return new TemplateProblem(where + ":" + line + ":" + column + ": " + message(cause), cause);
	}

	/** A custom template is shown with its folder, a shipped one by its name. */
	private String shown(String template) {
		if (customFolder != null && Files.isRegularFile(customFolder.resolve(template))) {
			return customFolder.resolve(template).toString();
		}
		return "shipped template " + template;
	}

	/** Velocity's messages repeat the position and list every token it expected: keep the gist. */
	private static String message(Exception problem) {
		Throwable cause = problem instanceof MethodInvocationException && problem.getCause() != null ? problem.getCause() : problem;
		String text = firstLine(cause);
		if (text.contains("\\u001c") || text.indexOf(0x1c) >= 0 || text.contains("<EOF>")) {
			return "the template ends too early: an #if, #foreach or #macro lacks its #end, or a bracket is not closed";
		}
		text = text.replaceAll("\\s*at \\S+\\[line \\d+, column \\d+\\]", "").replaceAll("\\s+\\S+\\[line \\d+, column \\d+\\]", "");
		return text.isBlank() ? cause.getClass().getSimpleName() : text.strip();
	}

	private static String firstLine(Throwable problem) {
		String message = problem.getMessage();
		return message == null ? problem.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
	}
}
