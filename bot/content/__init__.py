"""Rights information: articles, citations and the directory, read from `locales/`, checked,
paged for Telegram and searched. Pure code over files; nothing here touches the database."""
