package org.cxspec.generator.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.LinkOption;
import java.util.stream.Stream;
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
 * reflection, no getClass, no System), strict references, a budget of loop steps and output
 * per document ({@link RenderBudget}), bounded nesting, no {@code #evaluate}, no links or
 * special files among custom templates. A custom templates folder is searched first, then the shipped templates.
 */
public final class Templates {

	static final String SHIPPED = "org/cxspec/generator/templates/";

	private final VelocityEngine engine;
	private final Path customFolder;
	private final long maxSteps;
	private final long maxChars;

	/** @param customFolder a folder of templates that replace shipped ones of the same name, or null */
	public Templates(Path customFolder) {
		this(customFolder, customFolder == null ? Long.MAX_VALUE : RenderBudget.MAX_STEPS,
				customFolder == null ? Long.MAX_VALUE : RenderBudget.MAX_CHARS);
	}

	/**
	 * With a budget per document of loop steps and characters. The shipped templates alone get
	 * no limit: their output grows with the spec (about 800 bytes of index.html per touchpoint),
	 * and a spec cxspec accepts must generate; a custom folder brings the budget to every document.
	 */
	Templates(Path customFolder, long maxSteps, long maxChars) {
		this.customFolder = customFolder;
		this.maxSteps = maxSteps;
		this.maxChars = maxChars;
		Properties settings = new Properties();
		settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, customFolder == null ? "class" : "file,class");
		settings.setProperty("resource.loader.class.class", ShippedTemplates.class.getName());
		settings.setProperty("resource.loader.class.cache", "true");
		if (customFolder != null) {
			settings.setProperty("resource.loader.file.class", CustomTemplates.class.getName());
			settings.setProperty("resource.loader.file.path", customFolder.toAbsolutePath().toString());
			settings.setProperty("resource.loader.file.shown", customFolder.toString());
			settings.setProperty("resource.loader.file.cache", "true");
		}
		settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, Introspection.class.getName());
		settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
		settings.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "8");
		settings.setProperty(RuntimeConstants.VM_MAX_DEPTH, "16");
		settings.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, NoEvaluate.class.getName());
		settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
		settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
		engine = new VelocityEngine(settings);
		engine.init();
	}

	/**
	 * Checks that the custom folder exists, so a typo in --templates is a clear message, and
	 * holds only ordinary files and folders: a link could let a template copy any file on the
	 * machine into the documents, and a named pipe would hold the run forever.
	 */
	public static void checkFolder(Path folder) {
		if (folder == null) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			throw new TemplateProblem(folder + ": no such templates folder", null);
		}
		try (Stream<Path> walk = Files.walk(folder, 8)) {
			walk.filter(path -> !path.equals(folder)).forEach(path -> {
				if (Files.isSymbolicLink(path)) {
					throw new TemplateProblem(path + ": is a link; templates must be ordinary files inside the templates folder"
							+ " (a link could copy any file into the documents)", null);
				}
				if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					throw new TemplateProblem(path + ": not an ordinary file; templates must be ordinary files", null);
				}
			});
		} catch (IOException | UncheckedIOException unreadable) {
			throw new TemplateProblem(folder + ": cannot read the templates folder (" + unreadable.getMessage() + ")", null);
		}
	}

	/** Renders one template (by name, e.g. "playbook.html.vm"), escaping every insertion for the output's format. */
	public String render(String name, Map<String, Object> variables, Escaping escaping) {
		RenderBudget budget = RenderBudget.start(this::shown, maxSteps, maxChars);
		try {
			Template template = engine.getTemplate(name, "UTF-8");
			VelocityContext context = new VelocityContext();
			variables.forEach(context::put);
			EventCartridge events = new EventCartridge();
			events.addEventHandler(escaping);
			events.addEventHandler(new BudgetedInsertion());
			events.attachToContext(context);
			StringWriter out = new StringWriter();
			template.merge(context, budget.counting(out));
			return out.toString();
		} catch (TemplateProblem problem) {
			throw problem;
		} catch (StackOverflowError deep) {
			throw new TemplateProblem(budget.where(name) + ": nested too deeply to run (macros or #parse calling each other);"
					+ " flatten the template", null);
		} catch (OutOfMemoryError huge) {
			throw new TemplateProblem(budget.where(name) + ": needs more memory than a document may take (a huge range or text);"
					+ " loop over the spec's elements instead", null);
		} catch (ParseErrorException problem) {
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (TemplateInitException problem) {
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (MethodInvocationException problem) {
			if (problem.getCause() instanceof TemplateProblem inner) {
				throw inner;
			}
			throw problem(problem.getTemplateName(), problem.getLineNumber(), problem.getColumnNumber(), problem);
		} catch (ResourceNotFoundException problem) {
			throw new TemplateProblem(firstLine(problem), problem);
		} catch (VelocityException problem) {
			for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof TemplateProblem refused) {
					throw refused; // a template the custom loader refused (a link, a named pipe...)
				}
			}
			throw new TemplateProblem(name + ": " + firstLine(problem), problem);
		} finally {
			RenderBudget.end();
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
