from article_qa.cli import main

main()
