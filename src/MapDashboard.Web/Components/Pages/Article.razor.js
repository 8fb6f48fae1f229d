// The article view lands on a cited sentence: scrolls it to the middle of the view and flashes it once.
export function land(eventId) {
    const sentence = document.querySelector(`.md-article-text [data-event-ids~="${Number(eventId)}"]`);
    if (!sentence) return false;
    sentence.scrollIntoView({ block: 'center' });
    sentence.classList.remove('md-flash');
    void sentence.offsetWidth; // restart the animation when landing again
    sentence.classList.add('md-flash');
    return true;
}
