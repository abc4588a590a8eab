"""The six languages: the core's message table and locale data (country names, dates, numbers,
regions) from Babel and CLDR; catalog and exercise texts are `catalogs.translations`."""
