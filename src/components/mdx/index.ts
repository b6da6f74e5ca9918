/** The components SOP bodies written in MDX may use, passed to `<Content components={mdxComponents} />`. */
import Callout from './Callout.astro';
import Step from './Step.astro';
import TimeEstimate from './TimeEstimate.astro';

export const mdxComponents = { Callout, Step, TimeEstimate };
