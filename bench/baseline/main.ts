/**
 * The benchmark's baseline: the same compiled story played with plain inkjs the simplest way, as
 * ink's default web export does (a paragraph per line, a link per choice, no animation). It
 * fetches the same scenario bundle as the player, so both pages load the same story JSON.
 *
 *   baseline/index.html?scenario=<id>&seed=<n>
 */
import { Story } from 'inkjs';

const params = new URLSearchParams(location.search);
const id = params.get('scenario') ?? 'example';
const seed = Number(params.get('seed'));
const container = document.getElementById('story')!;

const bundle = (await (await fetch(`../scenarios/${id}.json`)).json()) as { story: { json: string } };
const story = new Story(bundle.story.json);
if (Number.isInteger(seed) && params.has('seed')) story.state.storySeed = seed;

function continueStory() {
  while (story.canContinue) {
    const paragraph = document.createElement('p');
    paragraph.textContent = story.Continue();
    container.appendChild(paragraph);
  }
  for (const choice of story.currentChoices) {
    const paragraph = document.createElement('p');
    paragraph.className = 'choice';
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = choice.text;
    paragraph.appendChild(link);
    container.appendChild(paragraph);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      for (const old of container.querySelectorAll('.choice')) old.remove();
      story.ChooseChoiceIndex(choice.index);
      continueStory();
    });
  }
}

continueStory();
