# Production-like image: the app under gunicorn. See docker-compose.yml for the stack.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Shared libraries WeasyPrint needs to render certificates, and fonts for many scripts.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . /app

# Editable install: the app finds translations/ at the repository root.
RUN pip install --no-cache-dir -e . \
    && (pybabel compile -d translations || echo "no translations compiled")

RUN useradd --system --create-home --home-dir /home/app --uid 10001 app \
    && mkdir -p /app/instance /data/uploads \
    && chown -R app:app /app/instance /data

USER app

ENV UPLOAD_DIR=/data/uploads

EXPOSE 8000

CMD ["sh", "-c", "flask --app webapp db upgrade && exec gunicorn --bind 0.0.0.0:8000 --workers 3 'webapp:create_app()'"]
