"""Answer quality, measured: the development sets, how answers and attribution are scored
(``report``, ``attribution``, ``conversations``) and the runs ``article-qa eval`` makes
(``runs``)."""
