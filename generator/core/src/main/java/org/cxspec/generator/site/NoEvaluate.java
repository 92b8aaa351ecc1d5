package org.cxspec.generator.site;

import java.io.Writer;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Takes the place of Velocity's {@code #evaluate}, which would run a string as a template: in
 * cxspec, spec text is data, so no template (shipped or custom) may evaluate it.
 */
public final class NoEvaluate extends Directive {

	@Override
	public String getName() {
		return "evaluate";
	}

	@Override
	public int getType() {
		return LINE;
	}

	@Override
	public void init(RuntimeServices services, InternalContextAdapter context, Node node) throws TemplateInitException {
		throw new TemplateInitException("#evaluate is not available: spec text is data, never a template",
				context.getCurrentTemplateName(), node.getColumn(), node.getLine());
	}

	@Override
	public boolean render(InternalContextAdapter context, Writer writer, Node node) {
		return false;
	}
}
