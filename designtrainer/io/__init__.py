"""Files a person keeps: answer files, imported exports, safe writes."""
